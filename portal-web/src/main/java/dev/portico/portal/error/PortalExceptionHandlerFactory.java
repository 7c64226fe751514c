package dev.portico.portal.error;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/** Registered in faces-config.xml: the portal's handler in front of OmniFaces' FullAjaxExceptionHandler. */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PortalExceptionHandler(new FullAjaxExceptionHandler(getWrapped().getExceptionHandler()));
    }
}
