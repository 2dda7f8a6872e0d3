package org.servicehall.assessment;

/** M1: the four parts of an assessment, each scored 0-100. */
public enum Part {
    /** 服务态度: ratings and complaints. */
    ATTITUDE,
    /** 工作效率: waits within target, service time, served count. */
    EFFICIENCY,
    /** 工作纪律: attendance and confirmed violations. */
    DISCIPLINE,
    /** 业务能力: training and service errors. */
    ABILITY
}
